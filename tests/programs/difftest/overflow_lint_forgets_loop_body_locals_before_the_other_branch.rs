// Regression (difftest, seed 2703008745): a `loop`'s break value is known after the loop, but inside a `while` body rustc's lint walks the first `if` branch on to the body's end, where the value's storage ends, before the other branch: `n * 11` there is no lint.
fn main() {
    let a = "ab".len() < 3;
    let mut w: u32 = 0;
    while w < 2 {
        let mut k: u8 = 0;
        let n: u8 = loop {
            k += 1;
            if k >= 1 { break 70; }
        };
        if a {
            println!("then {}", n);
        } else {
            let m: u8 = (n * 11u8) / 3;
            println!("{}", m);
        }
        w += 1;
    }
}
// expect: then 70
// expect: then 70
