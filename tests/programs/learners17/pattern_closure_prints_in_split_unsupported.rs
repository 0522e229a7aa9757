// A closure Pattern of split that prints: std calls it between the items, the engine searches first (not supported yet, at the method).
fn main() {
    let s = "a,b";
    for part in s.split(|c: char| { println!("checking {}", c); c == ',' }) {
        println!("part {}", part);
    }
}
// expect: checking a
// expect: checking ,
// expect: part a
// expect: checking b
// expect: part b
// unsupported: `split` with a closure that prints is not supported yet at 4:19
