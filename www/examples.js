// Example résumés written for this page (invented people), one per language.
export const EXAMPLE_EN = `Alex Morgan
Senior Software Engineer
alex.morgan@example.com · +1 (206) 555-0134 · Seattle, WA
github.com/alexmorgan-dev · https://alexmorgan.dev

Summary
Engineer who likes fast feedback loops, small pull requests and measurable results.

Experience
Harbor Analytics   Mar 2021 – Present
Senior Software Engineer
• Led the rewrite of the ingestion service in Rust, cutting cloud costs by 38%.
• Mentored four engineers; introduced design reviews for every new service.

Pinecrest Games   Jul 2017 – Feb 2021
Software Engineer
• Built the matchmaking backend serving 2 million players a day.

Education
University of Washington   2013 – 2017
BSc Computer Science, GPA: 3.8/4.0

Skills
Languages: Rust, TypeScript, Go, SQL
Tools: Kubernetes, Terraform, PostgreSQL

Languages
English (Native), Spanish (Professional)
`;

export const EXAMPLE_ZH = `# 林晓岚

## 数据工程师

- 电话：186-0000-2468
- 邮箱：xiaolan.lin@example.cn
- 现居：杭州

## 工作经历

### **高级数据工程师** 远山信息技术有限公司
*2021.04 - 至今*
- 负责实时数仓建设，日处理数据量 30 亿条；
- 主导离线任务迁移，计算成本下降 25%。

### **数据工程师** 青禾电商
*2018年7月 - 2021年3月*
- 搭建用户行为埋点体系与报表平台。

## 教育背景

浙江大学   硕士   计算机技术   2016.09-2018.06

## 专业技能

- 编程语言: Java, Scala, Python, SQL
- 大数据: Flink, Spark, Kafka, Hive

## 语言能力

英语（CET-6）
`;
