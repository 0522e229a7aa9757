// AoC 2017 day 5: jump offsets incremented (or decremented when 3 or more) until the pointer leaves the list.
fn steps(offsets: &[i32], strange: bool) -> usize {
    let mut jumps = offsets.to_vec();
    let mut pc: i32 = 0;
    let mut count = 0;
    while pc >= 0 && (pc as usize) < jumps.len() {
        let here = pc as usize;
        let off = jumps[here];
        jumps[here] += if strange && off >= 3 { -1 } else { 1 };
        pc += off;
        count += 1;
    }
    count
}

fn main() {
    let input = "0\n3\n0\n1\n-3";
    let offsets: Vec<i32> = input.lines().map(|l| l.parse().unwrap()).collect();
    println!("{} {}", steps(&offsets, false), steps(&offsets, true));
}
// expect: 5 10
