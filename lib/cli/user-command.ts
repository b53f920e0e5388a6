// `cli user add --username U --name 姓名 --organ 机关全称 [--level government|department|town] --role admin
//   [--role clerk ...] [--password-stdin]` — creates a user (and, with --level, a new top-level organ).
// The first administrator of a fresh installation is made this way. Stop the app first when it runs on
// the embedded database: one PGlite folder serves one process at a time.
import { parseArgs } from 'node:util';
import { openDb } from '../db/client';
import { insertOrgan, insertUser, NEW_ORGAN_FIELDS, NEW_USER_FIELDS, ZNewOrgan, ZNewUser } from '../server/data/accounts';
import { writeAudit } from '../server/data/audit';
import { ServerError } from '../server/context';
import { parseInput } from '../server/parse-input';

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8').replace(/\r?\n$/, '');
}

export async function runUser(argv: string[]): Promise<number> {
  const [sub, ...rest] = argv;
  if (sub !== 'add') {
    process.stderr.write('用法：cli user add --username 用户名 --name 姓名 --organ 机关全称 [--level 级别] --role 角色 [--password-stdin]\n');
    return 2;
  }
  const { values } = parseArgs({
    args: rest,
    options: {
      username: { type: 'string' }, name: { type: 'string' }, organ: { type: 'string' }, level: { type: 'string' },
      role: { type: 'string', multiple: true }, 'password-stdin': { type: 'boolean', default: false },
    },
  });
  const password = values['password-stdin'] ? await readStdin() : (process.env.NIANBAO_PASSWORD ?? '');
  if (!password) {
    process.stderr.write('请用 --password-stdin 从标准输入提供密码，或设置环境变量 NIANBAO_PASSWORD\n');
    return 2;
  }
  const db = await openDb();
  try {
    const { organId, username } = await db.transaction(async (tx) => {
      const [organ] = await tx.query<{ id: string }>('SELECT id FROM organs WHERE name = $1', [values.organ ?? '']);
      const id = organ?.id ?? (values.level
        ? await insertOrgan(tx, parseInput(ZNewOrgan, { name: values.organ, level: values.level }, NEW_ORGAN_FIELDS))
        : null);
      if (!id) throw new ServerError(404, `机关「${values.organ ?? ''}」不存在；新建机关请加 --level government|department|town`);
      const user = parseInput(ZNewUser, {
        username: values.username, displayName: values.name, password, organId: id, roles: values.role ?? [],
      }, NEW_USER_FIELDS);
      await insertUser(tx, user);
      await writeAudit(tx, { actor: null, action: 'user.add', organId: id, detail: { username: user.username, roles: user.roles, via: 'cli' } });
      return { organId: id, username: user.username };
    });
    process.stdout.write(`已创建用户 ${username}（机关 ${values.organ}，${organId}）\n`);
    return 0;
  } catch (e) {
    process.stderr.write(`${(e as Error).message}\n`);
    return e instanceof ServerError ? 1 : 2;
  } finally {
    await db.close();
  }
}
