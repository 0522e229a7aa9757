// `bx.push_str(..)` in a loop that moves `bx` reaches the String through the Box: rustc names the use `*bx`, a place of its own, and reports it before the later use of `bx` (difftest seed 2805009171).
fn main() {
    let mut bx = Box::new(String::from("a"));
    for _ in 0..2 {
        bx.push_str("b");
        let moved_away = bx;
        println!("{}", moved_away);
    }
    let old = std::mem::replace(&mut bx, Box::new(String::new()));
    println!("{} {}", old, bx);
}
// error: E0382 at 5:9
