// cycle over chars, over a range, and over an enumerate of a step_by: each starts again where its original stood.
fn main() {
    let s: String = "ab".chars().cycle().take(5).collect();
    println!("{}", s);
    let r: Vec<u8> = (0..3u8).cycle().skip(2).take(5).collect();
    println!("{:?}", r);
    let e: Vec<(usize, i32)> = (10..16).step_by(2).enumerate().cycle().take(4).collect();
    println!("{:?}", e);
    println!("{:?}", (0..0).cycle().next());
    println!("{:?}", "xy".chars().cycle().size_hint());
}
// expect: ababa
// expect: [2, 0, 1, 2, 0]
// expect: [(0, 10), (1, 12), (2, 14), (0, 10)]
// expect: None
// expect: (18446744073709551615, None)
