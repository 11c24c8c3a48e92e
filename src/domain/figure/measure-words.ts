/**
 * The measure words (量词) a count may carry, compiled by hand, class by
 * class, after the 名量词 (individual, collective and container) and 动量词
 * classes of standard reference grammars (《现代汉语八百词》's appendix
 * 名词、量词配合表; Chao, A Grammar of Spoken Chinese, §7.9), with the
 * common classifiers of CC-CEDICT's `CL:` notes as the checklist, and the
 * compound counts of statistical bulletins (人次, 架次). Not taken from
 * any corpus's examples. Left out on
 * purpose, because after a number they mean something else or are read
 * elsewhere:
 * - units of measure (米, 吨, 亩…), money (元, 块, 毛, 角) and 分 (money or
 *   land): see units.ts;
 * - 年 月 日 时 号 届 代 后: when and which, not how many;
 * - words common in idioms after a Chinese numeral (四面八方, 五花八门,
 *   三步走, 两回事, 三番五次): 面 门 步 回 番 眼 样 方 行 班 队.
 * 点 and 手 are counted after digits (`3300点` index points, `128万手` lots
 * of shares) but not after a Chinese numeral in prose, where they are a time
 * or an idiom (三点钟, 两手抓; see scan.ts); 点 after digits is a time only
 * beside the words of a clock (下午3点, 3点半).
 * - 轮 alone: ship names end in it (远瑞169轮); rounds are 轮次.
 * Counts agree only with the same measure word (`5万株` is not `5万棵`).
 */

/** Individual measure words (个体量词): one thing of a kind. */
export const INDIVIDUAL_MEASURE_WORDS = [
  // People and households.
  '个', '人', '名', '位', '户', '口', '家',
  // Animals.
  '头', '只', '匹', '羽', '尾',
  // Plants.
  '棵', '株', '丛', '朵', '枝',
  // Long, flat, round and small things.
  '条', '根', '支', '杆', '道', '张', '片', '层', '幅', '扇', '颗', '粒', '枚', '滴', '盏', '顶', '把', '柄',
  // Statues, bodies and machines; episodes; seats.
  '尊', '具', '集', '席',
  // Buildings, sites and places.
  '座', '栋', '幢', '间', '所', '处', '孔', '省',
  // Vehicles, machines and equipment.
  '台套', '台', '辆', '架', '艘', '列', '节', '部', '床',
  // Writing and documents.
  '本', '册', '卷', '页', '篇', '首', '章', '封', '份', '件', '则', '句', '题',
  // Matters, cases, transactions and kinds.
  '项', '起', '宗', '桩', '例', '笔', '单', '票', '款', '类', '种', '档', '级', '期', '段', '堂',
  // Points: of a stock index (3300点, 跌8.05点) and of a list (3点意见).
  '点',
  // Doses of medicine, crops of a field, litters.
  '剂', '茬', '窝',
  // Shares and securities, and lots of shares (128万手).
  '股', '手',
] as const;

/** Collective and container measure words (集合量词, 容器量词): a group or a container of things. */
export const COLLECTIVE_MEASURE_WORDS = [
  '批', '组', '群', '套', '对', '双', '副', '串', '束', '捆', '堆', '箱', '袋', '包', '瓶', '罐', '桶', '杯', '碗', '盒', '筐',
] as const;

/** Verbal measure words (动量词) and compound counts (复合量词) of statistical bulletins. */
export const VERBAL_MEASURE_WORDS = [
  '人次', '户次', '车次', '架次', '艘次', '航次', '班次', '场次', '批次', '轮次', '频次', '件次', '次', '场', '遍', '趟',
] as const;
