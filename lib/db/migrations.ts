// Schema migrations, applied in order on start. Never edit one that has shipped: add the next.
export type Migration = { version: number; name: string; sql: string };

export const MIGRATIONS: Migration[] = [
  {
    version: 1,
    name: 'organs, users, reports, revisions, audit',
    sql: `
      CREATE TABLE organs (
        id text PRIMARY KEY,
        name text NOT NULL UNIQUE,
        level text NOT NULL CHECK (level IN ('department', 'town', 'government')),
        parent_id text REFERENCES organs(id),
        deadline_override text,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE TABLE users (
        id text PRIMARY KEY,
        username text NOT NULL UNIQUE,
        display_name text NOT NULL,
        password_hash text,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE TABLE memberships (
        user_id text NOT NULL REFERENCES users(id),
        organ_id text NOT NULL REFERENCES organs(id),
        role text NOT NULL CHECK (role IN ('clerk', 'supervisor', 'admin')),
        PRIMARY KEY (user_id, organ_id, role)
      );
      CREATE TABLE reports (
        id text PRIMARY KEY,
        organ_id text NOT NULL REFERENCES organs(id),
        year integer NOT NULL,
        format text NOT NULL,
        status text NOT NULL DEFAULT 'draft',
        version integer NOT NULL,
        data jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        updated_by text NOT NULL REFERENCES users(id),
        UNIQUE (organ_id, year)
      );
      CREATE TABLE report_revisions (
        report_id text NOT NULL REFERENCES reports(id),
        version integer NOT NULL,
        data jsonb NOT NULL,
        saved_at timestamptz NOT NULL DEFAULT now(),
        saved_by text NOT NULL REFERENCES users(id),
        PRIMARY KEY (report_id, version)
      );
      CREATE TABLE audit_log (
        id bigserial PRIMARY KEY,
        at timestamptz NOT NULL DEFAULT now(),
        actor text REFERENCES users(id),
        action text NOT NULL,
        organ_id text REFERENCES organs(id),
        report_id text REFERENCES reports(id),
        detail jsonb NOT NULL DEFAULT '{}'::jsonb
      );
      CREATE INDEX audit_log_report ON audit_log (report_id, at);
      CREATE TABLE sessions (
        token_hash text PRIMARY KEY,
        user_id text NOT NULL REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL
      );
      CREATE TABLE sign_in_failures (
        username text PRIMARY KEY,
        failures integer NOT NULL,
        last_failure_at timestamptz NOT NULL
      );
    `,
  },
  {
    version: 2,
    name: 'workflow: publication, comments, accepted warnings',
    sql: `
      ALTER TABLE reports ADD COLUMN approved_version integer;
      ALTER TABLE reports ADD COLUMN published_on text;
      ALTER TABLE reports ADD COLUMN published_url text;
      CREATE TABLE report_comments (
        id text PRIMARY KEY,
        report_id text NOT NULL REFERENCES reports(id),
        anchor text NOT NULL,
        body text NOT NULL,
        author text NOT NULL REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        resolved_at timestamptz,
        resolved_by text REFERENCES users(id)
      );
      CREATE INDEX report_comments_report ON report_comments (report_id, created_at);
      CREATE TABLE accepted_warnings (
        report_id text NOT NULL REFERENCES reports(id),
        finding_key text NOT NULL,
        rule text NOT NULL,
        reason text NOT NULL,
        accepted_by text NOT NULL REFERENCES users(id),
        accepted_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (report_id, finding_key)
      );
    `,
  },
  {
    version: 3,
    name: 'region roll-up sources',
    sql: `ALTER TABLE reports ADD COLUMN rollup jsonb;`,
  },
  {
    version: 4,
    name: 'access can be taken back; sign-in attempts counted before the password check',
    sql: `
      ALTER TABLE users ADD COLUMN disabled_at timestamptz;
      ALTER TABLE users ADD COLUMN must_change_password boolean NOT NULL DEFAULT false;
      DROP TABLE sign_in_failures;
      CREATE TABLE sign_in_throttle (
        key text PRIMARY KEY,
        attempts integer NOT NULL,
        last_at timestamptz NOT NULL
      );
      CREATE INDEX sign_in_throttle_last_at ON sign_in_throttle (last_at);
    `,
  },
  {
    version: 5,
    name: 'application registers (issue 16)',
    sql: `
      CREATE TABLE registers (
        id text PRIMARY KEY,
        organ_id text NOT NULL REFERENCES organs(id),
        year integer NOT NULL,
        version integer NOT NULL,
        cases jsonb NOT NULL,
        feeds_report boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        updated_by text NOT NULL REFERENCES users(id),
        UNIQUE (organ_id, year)
      );
      CREATE TABLE register_revisions (
        register_id text NOT NULL REFERENCES registers(id),
        version integer NOT NULL,
        cases jsonb NOT NULL,
        saved_at timestamptz NOT NULL DEFAULT now(),
        saved_by text NOT NULL REFERENCES users(id),
        PRIMARY KEY (register_id, version)
      );
    `,
  },
  {
    version: 6,
    name: 'comments on a quoted stretch of a paragraph (issue 15)',
    sql: `
      ALTER TABLE report_comments ADD COLUMN quote jsonb;
    `,
  },
  {
    version: 7,
    name: 'a revision holds its whole report or its delta from the version before (issue 13)',
    sql: `
      ALTER TABLE report_revisions ALTER COLUMN data DROP NOT NULL;
      ALTER TABLE report_revisions ADD COLUMN delta jsonb;
      ALTER TABLE report_revisions ADD CONSTRAINT report_revisions_whole_or_delta CHECK ((data IS NULL) <> (delta IS NULL));
    `,
  },
];
