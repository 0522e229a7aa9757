// A `loop` left by two `break`s with values is not one known value: rustc's overflow lint stays quiet and the subtraction panics at run time.
fn main() {
    let mut k: u8 = 0;
    let n: i32 = loop {
        k += 1;
        if k == 5 {
            break -2147253558i32;
        }
        if k >= 2 {
            break -2147253559i32;
        }
    };
    let m: i32 = n - 2_147_483_646i32;
    println!("{}", m);
}

// panic: attempt to subtract with overflow
// panic-at: 13:18
