import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";

/**
 * A small deterministic random source (mulberry32), so the same N always gives the same
 * briefings, byte for byte, and benchmark runs compare like with like.
 */
function randomSource(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Words for one language's synthetic prose and data. Invented, generic, about no real place. */
interface Vocabulary {
  language: string;
  timeZone: string;
  offset: string;
  title: (n: number) => string;
  topics: string[];
  subjects: string[];
  verbs: string[];
  objects: string[];
  endings: string[];
  joiner: string;
  stop: string;
  labels: string[];
  units: string[];
  period: string;
  basis: string;
  publisher: string;
  role: string;
  update: (n: number) => { title: string; note: string };
}

const ZH: Vocabulary = {
  language: "zh-CN",
  timeZone: "Asia/Shanghai",
  offset: "+08:00",
  title: (n) => `示例城市对外交流工作简报（第${n}期）`,
  topics: ["对外交流", "国际会议", "涉外服务", "文化交流", "体育赛事", "营商环境"],
  subjects: ["相关部门", "会议中心", "市政服务窗口", "国际交流团组", "多语种服务平台", "赛事组委会", "外资企业服务站"],
  verbs: ["持续完善", "稳步推进", "进一步优化", "统筹安排", "有序开展", "集中发布", "不断提升"],
  objects: ["接待保障流程", "多语种标识体系", "国际会议服务", "入境便利措施", "政策解读材料", "志愿者培训", "城市形象宣传"],
  endings: ["取得阶段性进展", "得到参会各方好评", "为后续工作打下基础", "服务质量明显提升", "覆盖范围继续扩大"],
  joiner: "，",
  stop: "。",
  labels: ["接待团组", "举办会议", "服务人次", "发布政策", "合作项目", "志愿者人数", "新增航线", "赛事场次"],
  units: ["个", "场", "人次", "项", "个", "人", "条", "场"],
  period: "本年度",
  basis: "同比",
  publisher: "示例编辑组",
  role: "简报编写",
  update: (n) => ({ title: `第${n}项后续动态`, note: `相关工作按计划推进，第${n}项安排已经落实。` }),
};

const EN: Vocabulary = {
  language: "en",
  timeZone: "Europe/London",
  offset: "+01:00",
  title: (n) => `Example city exchange briefing, issue ${n}: services, meetings and events`,
  topics: ["exchange", "meetings", "services", "culture", "sport", "investment"],
  subjects: ["The city office", "The conference centre", "The visitor service desk", "The exchange programme", "The multilingual portal", "The organising committee"],
  verbs: ["steadily improved", "expanded", "reorganised", "coordinated", "published", "reviewed", "extended"],
  objects: ["its reception procedures", "signs in several languages", "support for international meetings", "entry arrangements", "guidance for new residents", "volunteer training"],
  endings: ["ahead of the season", "with positive feedback from visitors", "as planned in the spring", "across all districts", "at lower cost than before"],
  joiner: ", ",
  stop: ".",
  labels: ["Delegations received", "Meetings held", "Visitors served", "Policies published", "Joint projects", "Volunteers", "New air routes", "Events staged"],
  units: ["delegations", "meetings", "visits", "policies", "projects", "people", "routes", "events"],
  period: "this year",
  basis: "year on year",
  publisher: "Example Desk",
  role: "Editor",
  update: (n) => ({ title: `Follow-up ${n}`, note: `Work continued as planned; item ${n} has been completed.` }),
};

/** The YAML text of a string: JSON is valid YAML and escapes what needs escaping. */
const y = (value: string) => JSON.stringify(value);

/**
 * Writes N synthetic briefings into a folder, alternating Chinese and English, each valid
 * under the current schema: eight key figures (headlines, a fall, a year), a bar chart of
 * three of them, four sections of prose with subheadings, a table and a list, every figure
 * stated in the prose, and zero to three dated updates. The same N gives the same files.
 * @param folder where to write (created; existing briefings of the same names are overwritten)
 * @param count how many briefings
 * @returns the folder names (slugs) written
 */
export function generateBriefings(folder: string, count: number): string[] {
  const slugs: string[] = [];
  for (let n = 0; n < count; n++) {
    const words = n % 2 === 0 ? ZH : EN;
    const slug = `bench-${words.language === "en" ? "en" : "zh"}-${String(n + 1).padStart(4, "0")}`;
    writeBriefing(path.join(folder, slug), words, n, randomSource(n + 1));
    slugs.push(slug);
  }
  return slugs;
}

function writeBriefing(dir: string, words: Vocabulary, n: number, random: () => number): void {
  const pick = <T>(list: T[]): T => list[Math.floor(random() * list.length)]!;
  const day = new Date(Date.UTC(2020, 0, 1) + n * 86_400_000);
  const date = day.toISOString().slice(0, 10);
  const figures = words.labels.map((label, i) => ({
    id: `figure-${i + 1}`,
    label,
    value: i === 7 ? 1990 + (n % 30) : Math.round(50 + random() * 20_000),
    unit: i === 7 ? "" : i >= 4 && i <= 6 ? words.units[4]! : words.units[i]!,
    period: words.period,
    kind: i === 7 ? "year" : "count",
    headline: i < 4,
    change: i === 1 ? -Math.round(random() * 150) / 10 : i === 2 ? Math.round(random() * 300) / 10 : undefined,
  }));
  const lines = [
    `title: ${y(words.title(n + 1))}`,
    `shortTitle: ${y(words.language === "en" ? `Briefing ${n + 1}` : `简报第${n + 1}期`)}`,
    `date: ${date}T09:00:00${words.offset}`,
    `timeZone: ${words.timeZone}`,
    `language: ${words.language}`,
    `summary: ${y([sentence(words, pick), sentence(words, pick)].join(words.language === "en" ? " " : ""))}`,
    `publisher: ${y(words.publisher)}`,
    `tags: [${[pick(words.topics), pick(words.topics)].filter((t, i, all) => all.indexOf(t) === i).map(y).join(", ")}]`,
    `source: { title: ${y(words.title(n + 1))}, publisher: ${y(words.publisher)}, date: ${date} }`,
    `credits: [{ role: ${y(words.role)}, name: ${y(words.publisher)} }]`,
    "figures:",
    ...figures.flatMap((f) => [
      `  - id: ${f.id}`,
      `    label: ${y(f.label)}`,
      `    value: ${f.value}`,
      `    unit: ${y(f.unit)}`,
      `    period: ${y(f.period)}`,
      `    kind: ${f.kind}`,
      `    headline: ${f.headline}`,
      ...(f.change === undefined ? [] : [`    change: { value: ${f.change}, unit: "%", basis: ${y(words.basis)} }`]),
    ]),
    "charts:",
    `  - id: chart-${n + 1}`,
    `    title: ${y(`${words.labels[4]} / ${words.labels[5]} / ${words.labels[6]}`)}`,
    "    series:",
    ...[5, 6, 7].map((i) => `      - figure: figure-${i}`),
  ];
  const updates = Math.floor(random() * 4);
  if (updates > 0) {
    lines.push("updates:");
    for (let u = 1; u <= updates; u++) {
      const { title, note } = words.update(u);
      const when = new Date(day.getTime() + u * 7 * 86_400_000).toISOString().slice(0, 10);
      lines.push(`  - date: ${when}`, `    title: ${y(title)}`, `    note: ${y(note)}`);
    }
  }
  mkdirSync(path.join(dir, "sections"), { recursive: true });
  writeFileSync(path.join(dir, "briefing.yaml"), `${lines.join("\n")}\n`);
  const sectionNames = ["overview", "services", "events", "outlook"];
  sectionNames.forEach((name, s) => {
    const body: string[] = [];
    // Each section states two figures; the third section also draws the chart and has a table.
    for (let h = 1; h <= 3; h++) {
      body.push(`## ${pick(words.objects)}`, "");
      for (let p = 0; p < 3; p++) {
        const paragraph = [sentence(words, pick), sentence(words, pick), sentence(words, pick)];
        if (h === 1 && p === 0) paragraph.push(statement(words, figures[s * 2]!.label, figures[s * 2]!.id));
        if (h === 2 && p === 0) paragraph.push(statement(words, figures[s * 2 + 1]!.label, figures[s * 2 + 1]!.id));
        body.push(paragraph.join(words.language === "en" ? " " : ""), "");
      }
    }
    if (s === 2) {
      body.push(`{% chart "chart-${n + 1}" %}`, "");
      body.push(`| ${words.labels[0]} | ${words.labels[1]} |`, "| --- | --- |");
      for (let r = 0; r < 4; r++) body.push(`| ${pick(words.subjects)} | ${pick(words.objects)} |`);
      body.push("");
    }
    body.push(...[0, 1, 2].map(() => `- ${sentence(words, pick)}`), "");
    const front = ["---", `title: ${y(`${pick(words.objects)} ${s + 1}`)}`, `summary: ${y(sentence(words, pick))}`, "---", ""];
    writeFileSync(path.join(dir, "sections", `0${s + 1}-${name}.md`), [...front, ...body].join("\n"));
  });
}

function sentence(words: Vocabulary, pick: <T>(list: T[]) => T): string {
  return `${pick(words.subjects)}${words.language === "en" ? " " : ""}${pick(words.verbs)}${words.language === "en" ? " " : ""}${pick(words.objects)}${words.joiner}${pick(words.endings)}${words.stop}`;
}

function statement(words: Vocabulary, label: string, id: string): string {
  return words.language === "en" ? `${label}: {% figure "${id}" %}.` : `${label}达到{% figure "${id}" %}。`;
}
