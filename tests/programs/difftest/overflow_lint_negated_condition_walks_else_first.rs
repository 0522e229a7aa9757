// rustc lowers `if !c` with its ways swapped, so its overflow lint walks the `else` first: a known local's overflow there is the arithmetic_overflow error, and the `then` is walked after the local's storage ended.
fn main() {
    let c = "ab".len() > 3;
    let n: u8 = 200;
    if !c {
        println!("a");
    } else {
        let m = n + 100;
        println!("{}", m);
    }
}
// error: lint arithmetic_overflow at 8:17
