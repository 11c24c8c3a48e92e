import { sectionsYaml } from './sections.ts';
import type { StarterContent } from './types.ts';

// A Chinese casebook as `npm run init` writes it. The report, its outlet, the place and every figure are invented
// and say so: the example shows how a case cites a source and how its figures are checked in the source's text.

const settings = `# 案例集的设置（npm run init 写的初稿）。标着“待改”的几项换成你们自己的；
# 每一项的说明见 docs/reference/casebook-yaml.md。

title: 待改：案例集名称                # 网站名称，2–30 字
shortTitle: 待改：简称                 # 简称，2–12 字，用在浏览器标签和分享卡片上
description: 待改：用一句话说明这个案例集收录什么案例、写给谁看。   # 10–200 字
publisher: 待改：发布单位名称           # 页脚、订阅、报告和引用里的发布者
# url: https://cases.example.org       # 网站上线的地址（也可以用 CASEBOOK_SITE_URL 设置）
lang: zh-CN                            # 界面语言：zh-CN 或 en

# 案例的类型：id（案例里 kind 写它）→ 读者看到的名称。按需要增删。
kinds:
  community: 社区治理
  rural: 乡村振兴
  new-employment: 新就业群体
  industry: 产业发展
  environment: 生态环境

# 每个案例都有的二级标题，按顺序；also 是同一部分可以用的别名。
${sectionsYaml('zh-CN')}

# 搜索框里和“没有结果”时给出的搜索示例（取自示例案例，换成你们的案例里的词）。
search:
  examples: [暖心驿站, 骑手, 97%]

sourceTexts: texts                     # 来源原文所在的文件夹（相对这个文件夹）
`;

const series = `# 系列：把同一地方或同一项工作的案例放在一起。这是示例，可以改写或删掉。
title: 清溪区新就业群体服务（示例）
description: 示例系列：虚构的示例市清溪区为快递员、外卖骑手等新就业群体提供服务的案例。换成你们自己的系列。
place: { province: 示例省, city: 示例市, district: 清溪区 }
order: 1
`;

const source = `# 来源记录：只写文件上看得到的，其余写 unknown，不要猜。
# 这是示例：报道、报纸和数字都是 npm run init 虚构的，用来演示数字核对；换成真实来源后删掉它和 texts/example-report.txt。
title: 清溪区：暖心驿站让骑手歇得下脚、办得成事
description: （示例，虚构）示例日报关于清溪区暖心驿站的报道，由 npm run init 写出，用来演示
outlet: 示例日报
type: newspaper
date: 2025-06
pages: unknown
authors: unknown
text: example-report.txt
note: 示例：这份来源和它的原文都是虚构的，不是真实报道。
`;

const sourceText = `清溪区：暖心驿站让骑手歇得下脚、办得成事

（示例文本：由 npm run init 写出，地点、人物和数字均为虚构，仅用来演示数字核对。）

本报讯 午后的滨河路暖心驿站里，饮水机、微波炉和充电柜一字排开，几名外卖骑手在沙发上休息，有人顺手在墙上的留言板写下了一处路灯损坏的线索。

去年以来，清溪区把服务新就业群体作为基层治理的一件实事来抓。区里统筹社区党群服务中心、商圈和物流园的闲置空间，累计投入资金260万元，建成暖心驿站18个，每个驿站都配有饮水、加热、充电和应急药箱等设施。

驿站不只是歇脚的地方。街道和社区依托驿站开展政策宣讲、法律咨询和技能培训，服务快递员、外卖骑手、网约车司机等新就业群体1.3万人次。区里还招募骑手志愿者320名，请他们在送单途中留意身边的安全隐患，累计上报问题线索450余条，由社区网格员接手处置并反馈结果。

今年上半年，区里委托第三方对驿站服务开展问卷调查，受访骑手的满意率达到97%。

区有关负责人表示，下一步将推动驿站与用工平台共建，把更多服务送到骑手身边。
`;

const example = (date: string) => `---
# 示例案例（npm run init 写的）：照着它写你们自己的案例，写好后删掉它、示例系列和示例来源。
title: 示例：清溪区用暖心驿站服务快递员和外卖骑手
summary: 这是 npm run init 写的示例案例，地点和数字都是虚构的。清溪区利用现有空间建起暖心驿站，为新就业群体提供休息和办事服务，并请骑手志愿者帮忙发现身边的安全隐患。
series: qingxi
kind: new-employment
place:
  province: 示例省
  city: 示例市
  district: 清溪区
date: ${date}
tags: [暖心驿站, 新就业群体, 外卖骑手, 示例]
sources: [example-report]
stats:
  # 每条统计的 figure 照原文抄（连同“余”“近”之类和单位），npm run check 会在原文里找到它。
  - id: stations
    figure: "18个"
    subject: 清溪区
    metric: 建成暖心驿站数
    period: 去年以来
    source: example-report
    headline: true
  - id: funding
    figure: "260万元"
    subject: 清溪区暖心驿站
    metric: 累计投入资金
    source: example-report
    headline: true
  - id: service-visits
    figure: "1.3万人次"
    subject: 清溪区暖心驿站
    metric: 服务新就业群体人次
    source: example-report
    headline: true
  - id: volunteers
    figure: "320名"
    subject: 清溪区
    metric: 招募骑手志愿者人数
    source: example-report
  - id: reported-leads
    figure: "450余条"
    subject: 清溪区骑手志愿者
    metric: 上报问题线索条数
    source: example-report
  - id: satisfaction
    figure: "97%"
    subject: 清溪区暖心驿站
    metric: 受访骑手满意率
    period: 今年上半年
    source: example-report
    headline: true
---

## 背景

快递员、外卖骑手和网约车司机整天在路上奔波，口渴了、手机没电了、碰上难办的事，常常找不到一个可以停下来的地方。据示例日报报道，清溪区从去年起把为这些新就业群体做好服务，当作基层治理中一件要办实的事。

## 主要做法

### 用现成的空间建驿站

区里没有另起炉灶，而是把社区党群服务中心、商圈和物流园里闲着的地方利用起来，先后建成暖心驿站<Stat id="stations" />，为此累计投入<Stat id="funding" />。骑手在驿站里能喝上水、热一热饭、给手机充电，也能找到应急药品。

### 让驿站成为办事的地方

街道和社区把政策宣讲、法律咨询和技能培训搬进驿站，骑手等单、歇脚的时候就能顺便把事情办了。

### 请骑手帮着发现问题

区里招募了骑手志愿者<Stat id="volunteers" />。他们送单时留心沿途的安全隐患，发现了就上报，社区网格员接手处理，再把结果告诉他们。

## 成效

驿站已服务新就业群体<Stat id="service-visits" />。骑手志愿者上报的问题线索累计有<Stat id="reported-leads" />。今年上半年的第三方问卷调查中，受访骑手对驿站服务的满意率为<Stat id="satisfaction" />。

## 启示

**先用好手边的资源。** 清溪区的驿站建在已有的服务中心、商圈和物流园里，不必新盖房子。

**服务对象也可以是帮手。** 骑手熟悉街巷，请他们报告沿途的问题，再由网格员处理并反馈，服务和治理就连在了一起。
`;

/** The Chinese starter casebook. */
export const ZH_CN_STARTER: StarterContent = {
  settings,
  series: { id: 'qingxi', text: series },
  source: { id: 'example-report', text: source },
  sourceText: { file: 'example-report.txt', text: sourceText },
  example: { id: 'qingxi-warm-stations', text: example },
};
