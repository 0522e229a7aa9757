// Lines like "2-4,6-8" parsed with split_once twice; containment and overlap counted.
const INPUT: &str = "2-4,6-8\n2-3,4-5\n5-7,7-9\n2-8,3-7\n6-6,4-6\n2-6,4-8";

fn range(s: &str) -> (u32, u32) {
    let (a, b) = s.split_once('-').unwrap();
    (a.parse().unwrap(), b.parse().unwrap())
}

fn main() {
    let mut contained = 0;
    let mut overlap = 0;
    for line in INPUT.lines() {
        let (l, r) = line.split_once(',').unwrap();
        let (a, b) = range(l);
        let (c, d) = range(r);
        if (a <= c && d <= b) || (c <= a && b <= d) {
            contained += 1;
        }
        if a <= d && c <= b {
            overlap += 1;
        }
    }
    println!("contained {contained}, overlap {overlap}");
}
// expect: contained 2, overlap 4
