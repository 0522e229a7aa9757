// Regression (difftest, seed 2703008745 reduced): `if k >= 1 { break 70; }` with `k` known to be 0 is a test rustc's lint knows is false, so it never walks to the `break` and the loop's value stays unknown: `n * 11` after it is no lint.
fn main() {
    let k: u8 = 0;
    let n: u8 = loop {
        if k >= 1 {
            break 70;
        }
        println!("no break");
        return;
    };
    let m = n * 11;
    println!("{}", m);
}
// expect: no break
