// Regression (difftest, seed 2703008745): rustc's overflow lint walks an `if`'s `then` and everything after it to the function's end before its `else`, so a known local's storage has ended there and `n + 100` in the `else` is no lint: it panics at run time.
fn main() {
    let c = "ab".len() > 3;
    let n: u8 = 200;
    if c {
        println!("a");
    } else {
        let m = n + 100;
        println!("{}", m);
    }
}
// panic: attempt to add with overflow
// panic-at: 8:17
