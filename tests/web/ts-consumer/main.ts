// Compiled (not run) by the package tests: the declared types must describe the result.
import init, { parse, version, type Resume, type Work } from 'resume-parser';

await init();
const resume: Resume = parse('Jane Doe\njane@example.com', { spanUnits: 'utf16' });
const name: string | undefined = resume.basics?.name;
const jobs: Work[] = resume.work ?? [];
const ongoing: boolean = jobs.some((w) => w.current === true && w.endDate === undefined);
const firstSpan: number | undefined = jobs[0]?.span.start;
const sections: string[] = (resume.meta.sections ?? []).map((s) => `${s.kind}:${s.heading}`);
const v: string = version();
// @ts-expect-error spanUnits accepts only "utf16" or "utf8"
parse('x', { spanUnits: 'bytes' });
console.log(name, ongoing, firstSpan, sections, v);
