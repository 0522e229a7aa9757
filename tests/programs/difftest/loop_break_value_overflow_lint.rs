// A `loop` whose one `break` carries a constant gives its variable that value, so rustc's overflow lint sees `n - 2_147_483_646` overflow, even in a branch that never runs.
fn main() {
    if '日'.is_whitespace() {
        let mut k: u8 = 0;
        let n: i32 = loop {
            k += 1;
            if k >= 2 {
                break -2147253558i32;
            }
        };
        let m: i32 = n - 2_147_483_646i32;
    }
    println!("done");
}

// error: lint arithmetic_overflow at 11:22
