// rustc's overflow lint walks an `if`'s `then` first, with what it knows before the `if`: `n + 100` there is the arithmetic_overflow error even though the branch never runs.
fn main() {
    let c = "ab".len() > 3;
    let n: u8 = 200;
    if c {
        let m = n + 100;
        println!("{}", m);
    } else {
        println!("a");
    }
}
// error: lint arithmetic_overflow at 6:17
