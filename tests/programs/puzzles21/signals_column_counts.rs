// AoC 2016 day 6: error-corrected message, the most and least common letter of each column, counts in [usize; 26] per column.
const INPUT: &str = "eedadn
drvtee
eandsr
raavrd
atevrs
tsrnev
sdttsa
rasrtv
nssdts
ntnada
svetve
tesnvt
vntsnd
vrdear
dvrsen
enarar";

fn main() {
    let width = INPUT.lines().next().unwrap().len();
    let mut counts = vec![[0usize; 26]; width];
    for line in INPUT.lines() {
        for (i, b) in line.bytes().enumerate() {
            counts[i][(b - b'a') as usize] += 1;
        }
    }
    let most: String = counts
        .iter()
        .map(|c| (b'a' + (0..26).max_by_key(|&i| c[i]).unwrap() as u8) as char)
        .collect();
    let least: String = counts
        .iter()
        .map(|c| {
            let i = (0..26).filter(|&i| c[i] > 0).min_by_key(|&i| c[i]).unwrap();
            (b'a' + i as u8) as char
        })
        .collect();
    println!("{} {}", most, least);
}
// expect: easter advent
