// AoC 2015 day 2: paper and ribbon for boxes, dimensions parsed into a sorted array.
const INPUT: &str = "2x3x4\n1x1x10\n5x5x5\n12x3x7";

fn dims(line: &str) -> [u32; 3] {
    let mut d = [0u32; 3];
    for (i, part) in line.split('x').enumerate() {
        d[i] = part.parse().expect("a number");
    }
    d.sort_unstable();
    d
}

fn main() {
    let mut paper = 0;
    let mut ribbon = 0;
    for line in INPUT.lines() {
        let [a, b, c] = dims(line);
        let p = 2 * (a * b + b * c + a * c) + a * b;
        let r = 2 * (a + b) + a * b * c;
        println!("{:>8}: paper {:>3}, ribbon {:>3}", line, p, r);
        paper += p;
        ribbon += r;
    }
    println!("total paper {}, ribbon {}", paper, ribbon);
}
// expect:    2x3x4: paper  58, ribbon  34
// expect:   1x1x10: paper  43, ribbon  14
// expect:    5x5x5: paper 175, ribbon 145
// expect:   12x3x7: paper 303, ribbon 272
// expect: total paper 579, ribbon 465
