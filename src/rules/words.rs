//! Word lists that tell what a piece of an entry header is: a job title, an organisation,
//! a school, a degree, a place. English keys are lower case and matched as whole words;
//! Chinese keys are matched as substrings.

/// Nouns that end an English job title ("Senior Mobile *Engineer*"), so that a name printed
/// right after it ("Senior Mobile Engineer Railyatra") can be told apart.
pub const TITLE_HEADS: &[&str] = &[
    "engineer", "developer", "programmer", "manager", "director", "intern", "scientist", "researcher", "consultant",
    "analyst", "designer", "architect", "lead", "officer", "specialist", "administrator", "technician", "coordinator",
    "cto", "ceo", "founder", "co-founder", "assistant", "associate", "sre", "contractor", "freelancer", "trainee",
    "writer", "editor", "accountant", "tester", "strategist", "maintainer",
];

/// Words found in job titles.
pub const TITLE_WORDS: &[&str] = &[
    "engineer", "developer", "programmer", "manager", "director", "intern", "internship", "scientist", "researcher",
    "consultant", "analyst", "designer", "architect", "lead", "leader", "head", "officer", "cto", "ceo", "cfo", "coo",
    "vp", "president", "founder", "co-founder", "cofounder", "assistant", "associate", "specialist", "administrator",
    "technician", "coordinator", "instructor", "teacher", "lecturer", "professor", "fellow", "postdoc", "student",
    "advisor", "adviser", "editor", "writer", "owner", "partner", "principal", "staff", "senior", "junior", "sr", "jr",
    "devops", "sre", "contractor", "freelancer", "freelance", "volunteer", "member", "representative", "executive",
    "supervisor", "trainee", "apprentice", "tutor", "mentor", "maintainer", "contributor", "chair", "secretary",
    "treasurer", "strategist", "accountant", "auditor", "counsel", "attorney", "nurse", "physician", "tester", "qa",
    "sdet", "evangelist", "advocate", "ambassador",
    "工程师", "开发", "经理", "总监", "实习", "研究员", "科学家", "顾问", "分析师", "设计师", "架构师", "负责人", "主管",
    "专家", "组长", "程序员", "助理", "总裁", "创始人", "合伙人", "主任", "教师", "讲师", "教授", "运维", "测试",
    "产品", "算法", "研发", "前端", "后端", "全栈", "职员", "专员", "总经理", "副总",
];

/// Words found in organisation names.
pub const ORG_WORDS: &[&str] = &[
    "inc", "inc.", "ltd", "ltd.", "llc", "llp", "corp", "corp.", "corporation", "company", "co.", "co.,ltd.", "gmbh", "ag",
    "sa", "s.a.", "plc", "limited", "group", "technologies", "technology", "tech", "labs", "lab", "systems", "solutions",
    "software", "studio", "studios", "bank", "capital", "partners", "consulting", "institute", "university", "college",
    "foundation", "agency", "services", "networks", "media", "ventures", "holdings", "industries", "international",
    "r&d", "research", "hospital", "school", "academy", "department", "ministry", "center", "centre", "association",
    "公司", "集团", "科技", "有限", "银行", "研究院", "研究所", "实验室", "大学", "学院", "工作室", "事务所", "中心", "医院",
    "网络", "信息", "技术有限", "股份",
];

/// Words found in school names.
pub const SCHOOL_WORDS: &[&str] = &[
    "university", "college", "institute", "school", "academy", "polytechnic", "universidad", "université", "universität",
    "universidade", "università", "universiteit", "conservatory", "iit", "mit", "ucla", "eth",
    "大学", "学院", "学校", "中学", "高中", "研究院", "研究所", "分校", "大專", "大专", "附中",
];

/// Degree words and abbreviations, with no trailing dots (the caller strips them).
/// English keys are matched on whole words after removing dots: "B.S." → "bs".
pub const DEGREES: &[&str] = &[
    "bachelor", "bachelors", "bachelor's", "master", "masters", "master's", "doctor", "doctorate", "phd", "dphil",
    "bs", "bsc", "ba", "bba", "beng", "btech", "be", "bfa", "llb", "bse", "bscs", "bsee", "bm", "mscs", "msee", "mse", "ms", "msc", "ma", "mba", "meng", "mtech", "mphil",
    "mfa", "md", "jd", "llm", "edd", "associate", "diploma", "certificate", "hnd", "high school", "a-levels", "gcse",
    "licenciatura", "ingeniero", "ingeniería", "ingenieria", "licence", "maîtrise", "undergraduate", "postgraduate",
    "学士", "硕士", "博士", "本科", "研究生", "专科", "大专", "高中", "博士后", "双学位", "学位", "硕士研究生", "博士研究生",
];

/// Spoken languages (English and Chinese names), for telling a Languages list from a
/// programming-language list.
pub const SPOKEN_LANGUAGES: &[&str] = &[
    "english", "chinese", "mandarin", "cantonese", "spanish", "french", "german", "italian", "portuguese", "russian",
    "japanese", "korean", "arabic", "hindi", "bengali", "bangla", "urdu", "turkish", "dutch", "swedish", "norwegian",
    "danish", "finnish", "polish", "czech", "greek", "hebrew", "persian", "farsi", "thai", "vietnamese", "indonesian",
    "malay", "tagalog", "filipino", "ukrainian", "romanian", "hungarian", "catalan", "swahili", "tamil", "telugu",
    "marathi", "gujarati", "punjabi", "kannada", "malayalam", "serbian", "croatian", "bulgarian", "slovak", "irish",
    "latin", "esperanto", "basque", "galician", "afrikaans", "nepali", "sinhala", "burmese", "khmer", "lao", "mongolian",
    "英语", "英文", "中文", "汉语", "普通话", "粤语", "日语", "韩语", "法语", "德语", "西班牙语", "俄语", "葡萄牙语", "意大利语",
    "阿拉伯语",
];

/// Words that say how well a language is spoken.
pub const FLUENCY_WORDS: &[&str] = &[
    "native", "fluent", "bilingual", "proficient", "professional", "working", "conversational", "intermediate",
    "basic", "beginner", "elementary", "advanced", "limited", "full", "mother tongue", "a1", "a2", "b1", "b2", "c1", "c2",
    "cet-4", "cet-6", "cet4", "cet6", "ielts", "toefl", "toeic", "jlpt", "n1", "n2", "n3", "hsk", "母语", "流利", "熟练",
    "精通", "良好", "一般", "四级", "六级", "专八", "专四",
];

/// Countries, US states and well-known cities, for recognising a location part.
pub const PLACES: &[&str] = &[
    "usa", "us", "united states", "america", "uk", "united kingdom", "england", "scotland", "wales", "ireland", "canada",
    "china", "prc", "hong kong", "taiwan", "singapore", "japan", "korea", "south korea", "india", "germany", "france",
    "spain", "italy", "portugal", "netherlands", "belgium", "switzerland", "austria", "sweden", "norway", "denmark",
    "finland", "poland", "russia", "ukraine", "australia", "new zealand", "brazil", "mexico", "argentina", "chile",
    "colombia", "venezuela", "peru", "bangladesh", "pakistan", "vietnam", "thailand", "malaysia", "indonesia",
    "philippines", "israel", "turkey", "egypt", "nigeria", "kenya", "south africa", "uae", "saudi arabia", "qatar",
    "morocco", "tunisia", "algeria", "ghana", "ethiopia", "iran", "iraq", "jordan", "lebanon", "sri lanka", "nepal",
    "estonia", "latvia", "lithuania", "slovenia", "slovakia", "luxembourg", "iceland", "cyprus", "malta", "greece",
    "czech republic", "czechia", "hungary", "romania", "bulgaria", "serbia", "croatia", "ecuador", "uruguay",
    "remote", "es", "de", "fr", "cn", "in", "ca", "au", "nl",
    "beijing", "shanghai", "shenzhen", "guangzhou", "hangzhou", "nanjing", "chengdu", "wuhan", "xi'an", "suzhou",
    "tianjin", "chongqing", "shenyang", "london", "paris", "berlin", "munich", "madrid", "barcelona", "dublin",
    "amsterdam", "zurich", "stockholm", "toronto", "vancouver", "montreal", "sydney", "melbourne", "tokyo", "seoul",
    "bangalore", "bengaluru", "mumbai", "delhi", "new delhi", "hyderabad", "pune", "chennai", "nagpur", "dhaka",
    "new york", "san francisco", "seattle", "boston", "chicago", "austin", "los angeles", "california", "texas",
    "washington", "new jersey", "massachusetts", "illinois", "florida", "georgia", "virginia", "colorado", "oregon",
    "pennsylvania", "michigan", "ohio", "north carolina", "maryland", "minnesota", "arizona", "utah",
    "ny", "ca", "wa", "tx", "ma", "il", "nj", "va", "pa", "ga", "nc", "co", "or", "mi", "oh", "fl", "az", "md", "mn", "ut",
    "北京", "上海", "深圳", "广州", "杭州", "南京", "成都", "武汉", "西安", "苏州", "天津", "重庆", "沈阳", "厦门", "长沙",
    "青岛", "大连", "济南", "郑州", "合肥", "福州", "香港", "台北", "新加坡", "伦敦", "美国", "英国", "中国",
];

/// Social and code-hosting networks: (domain fragment, network name).
pub const NETWORKS: &[(&str, &str)] = &[
    ("github.com", "GitHub"),
    ("gitlab.com", "GitLab"),
    ("linkedin.com", "LinkedIn"),
    ("twitter.com", "Twitter"),
    ("x.com", "X"),
    ("stackoverflow.com", "Stack Overflow"),
    ("medium.com", "Medium"),
    ("dev.to", "DEV"),
    ("kaggle.com", "Kaggle"),
    ("leetcode.com", "LeetCode"),
    ("leetcode.cn", "LeetCode"),
    ("facebook.com", "Facebook"),
    ("instagram.com", "Instagram"),
    ("youtube.com", "YouTube"),
    ("behance.net", "Behance"),
    ("dribbble.com", "Dribbble"),
    ("zhihu.com", "Zhihu"),
    ("juejin.cn", "Juejin"),
    ("weibo.com", "Weibo"),
    ("gitee.com", "Gitee"),
    ("npmjs.com", "NPM"),
    ("scholar.google.com", "Google Scholar"),
    ("orcid.org", "ORCID"),
    ("researchgate.net", "ResearchGate"),
    ("bitbucket.org", "Bitbucket"),
    ("codepen.io", "CodePen"),
    ("huggingface.co", "Hugging Face"),
    ("mastodon.social", "Mastodon"),
    ("t.me", "Telegram"),
];

/// Names of skill groups, for lists printed one item per line with the group names among
/// them ("Databases" / "PostgreSQL" / "Redis" / "Frameworks" / …). Keys as `heading_key` gives
/// them. Words that are as often a skill themselves ("Testing", "Cloud", "Design") are left out.
pub const SKILL_GROUP_NAMES: &[&str] = &[
    "programming languages", "programming", "languages", "coding", "databases", "database", "data stores", "datastores",
    "infra", "infrastructure", "cloud platforms", "devops & cloud", "version control",
    "frameworks", "libraries", "frameworks & libraries", "frameworks and libraries", "libraries & frameworks",
    "tools", "tooling", "developer tools", "dev tools", "tools & platforms", "platforms", "best practices",
    "methodologies", "soft skills", "hard skills", "additional skills", "other skills", "core skills",
    "key skills", "technical skills", "tools & technologies", "tools and technologies", "languages & frameworks",
    "languages and frameworks", "frontend", "front-end", "front end", "backend",
    "back-end", "back end", "operating systems", "technology", "technologies", "tech stack",
    "ides", "editors", "others", "other",
    "misc", "miscellaneous", "编程语言", "数据库", "框架", "工具", "开发工具", "前端", "后端", "操作系统", "云平台",
    "orchestration", "containers",
    "中间件",
];

/// Technology names written in camel case, so that a keyword list printed without separators
/// ("ExpressNestJSPostgreSQL") is cut between names and not inside one.
pub const CAMEL_CASE_NAMES: &[&str] = &[
    "CI/CD", "ActionScript", "ActiveMQ", "AngularJS", "AppVeyor", "ArgoCD", "ARKit", "ASP.NET", "AutoCAD", "BigQuery",
    "BigTable", "BitBucket", "CatBoost", "ChatGPT", "CircleCI", "ClickHouse", "CloudFormation", "CloudFront",
    "CloudWatch", "CockroachDB", "CodeIgniter", "CoffeeScript", "CoreData", "CouchDB", "DataDog", "DeepSpeed",
    "DevOps", "DevSecOps", "DirectX", "DuckDB", "DynamoDB", "ElasticSearch", "EmberJS", "ExpressJS", "FastAPI",
    "FinTech", "FireBase", "FireStore", "FluxCD", "GitHub", "GitLab", "GitOps", "GoLang", "GraphQL", "HashiCorp",
    "HubSpot", "HuggingFace", "InDesign", "InfluxDB", "IntelliJ", "JavaScript", "JetBrains", "JUnit", "LangChain",
    "LaTeX", "LevelDB", "LightGBM", "LinkedIn", "LlamaIndex", "LogStash", "MariaDB", "MLOps", "MongoDB", "MXNet",
    "MySQL", "NativeScript", "NestJS", "NewRelic", "NextJS", "NodeJS", "NoSQL", "NUnit", "NumPy", "OAuth",
    "OnchainKit", "OneSignal", "OpenAI", "OpenCL", "OpenCV", "OpenGL", "OpenMP", "OpenShift", "OpenStack",
    "OpenTofu", "PagerDuty", "PaddlePaddle", "PhpStorm", "PHPUnit", "PlanetScale", "PostgreSQL", "PostGIS",
    "PowerBI", "PowerPoint", "PowerShell", "PyCharm", "PySpark", "PyTorch", "RabbitMQ", "RainbowKit", "ReactJS",
    "ReasonML", "RocksDB", "RubyGems", "RxJava", "RxJS", "SalesForce", "SciPy", "ShadCN", "SharePoint",
    "SketchUp", "SolidWorks", "SonarQube", "SpringBoot", "SQLite", "SurrealDB", "SwiftUI", "TeamCity",
    "TensorFlow", "TestNG", "ThreeJS", "TimescaleDB", "TravisCI", "TurboRepo", "TypeORM", "TypeScript", "UIKit",
    "VirtualBox", "VMware", "VueJS", "WebAssembly", "WebFlux", "WebGL", "WebRTC", "WebSocket", "WebSockets",
    "WinForms", "WordPress", "XGBoost", "YouTube", "ZeroMQ",
];

/// Two-letter codes of US states, which follow a city as its region ("Austin, TX").
pub const US_STATE_CODES: &[&str] = &[
    "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS", "KY", "LA", "ME",
    "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA",
    "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY", "DC",
];

/// China's provinces, regions and municipalities, as written before a city ("陕西宝鸡",
/// "广东省深圳市"). Longest first where one name starts another.
pub const CHINESE_PROVINCES: &[&str] = &[
    "黑龙江", "内蒙古", "北京", "天津", "上海", "重庆", "河北", "山西", "辽宁", "吉林", "江苏", "浙江", "安徽", "福建",
    "江西", "山东", "河南", "湖北", "湖南", "广东", "海南", "四川", "贵州", "云南", "陕西", "甘肃", "青海", "台湾",
    "广西", "西藏", "宁夏", "新疆", "香港", "澳门",
];

/// The municipalities among them: a city on its own.
pub const CHINESE_MUNICIPALITIES: &[&str] = &["北京", "天津", "上海", "重庆", "香港", "澳门"];
