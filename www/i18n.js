// UI strings in English and Chinese. The résumé itself is never translated.
export const STRINGS = {
  en: {
    title: 'Résumé parser',
    tagline: 'Paste a résumé, get JSON Resume. Nothing leaves your browser.',
    exampleEn: 'English example', exampleZh: '中文示例', clear: 'Clear', theme: 'Theme', otherLang: '中文',
    input: 'Résumé text', placeholder: 'Paste a résumé here, or drop a .txt / .md / .html file',
    tabResume: 'Résumé', tabJson: 'JSON', copy: 'Copy', copied: 'Copied', download: 'Download resume.json',
    loading: 'Loading the parser…', parsed: (ms) => `Parsed in ${ms} ms, in your browser.`, empty: 'Nothing parsed yet.',
    failed: 'Could not parse: ', unreadable: 'That file could not be read as text.',
    present: 'Present', current: 'current',
    sections: { summary: 'Summary', work: 'Experience', volunteer: 'Volunteering', education: 'Education', projects: 'Projects', skills: 'Skills',
      languages: 'Languages', publications: 'Publications', awards: 'Awards', certificates: 'Certificates', interests: 'Interests', other: 'Other sections' },
    gpa: 'Score',
    more: (n) => `… and ${n.toLocaleString('en')} more (all of them are in the JSON)`,
    jsonCut: (shown, total) => `\n… the preview stops after ${shown.toLocaleString('en')} of ${total.toLocaleString('en')} characters: Copy and Download give the whole JSON.`,
    // The browser extension's popup and result page.
    parsePage: 'Parse this page', parse: 'Parse', pastePlaceholder: 'Paste a résumé here', sourceText: 'Text that was parsed',
    readFailed: 'Could not read the text of that tab: ', nothingRead: 'That tab gave no text to parse.', reading: 'Reading the tab…',
  },
  zh: {
    title: '简历解析',
    tagline: '粘贴简历，得到 JSON Resume。所有内容只在你的浏览器里处理。',
    exampleEn: 'English example', exampleZh: '中文示例', clear: '清空', theme: '主题', otherLang: 'English',
    input: '简历文本', placeholder: '在此粘贴简历，或拖入 .txt / .md / .html 文件',
    tabResume: '简历', tabJson: 'JSON', copy: '复制', copied: '已复制', download: '下载 resume.json',
    loading: '正在加载解析器…', parsed: (ms) => `解析用时 ${ms} 毫秒，全部在浏览器中完成。`, empty: '尚无解析结果。',
    failed: '解析失败：', unreadable: '无法以文本方式读取该文件。',
    present: '至今', current: '在职',
    sections: { summary: '个人简介', work: '工作经历', volunteer: '志愿经历', education: '教育背景', projects: '项目经历', skills: '专业技能',
      languages: '语言能力', publications: '论文与文章', awards: '获奖情况', certificates: '证书', interests: '兴趣爱好', other: '其他部分' },
    gpa: '成绩',
    more: (n) => `… 另有 ${n} 项（完整内容见 JSON）`,
    jsonCut: (shown, total) => `\n… 预览只显示前 ${shown} 个字符（共 ${total} 个）：复制和下载得到完整的 JSON。`,
    parsePage: '解析当前页面', parse: '解析', pastePlaceholder: '在此粘贴简历', sourceText: '被解析的文本',
    readFailed: '无法读取该标签页的文本：', nothingRead: '该标签页没有可解析的文本。', reading: '正在读取标签页…',
  },
};

export function pickLanguage(saved) {
  if (saved === 'en' || saved === 'zh') return saved;
  const nav = (navigator.languages && navigator.languages[0]) || navigator.language || 'en';
  return nav.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}
