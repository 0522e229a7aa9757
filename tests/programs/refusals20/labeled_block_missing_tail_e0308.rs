// A labeled block that breaks with a value but ends without one has type () at its end: E0308 at the block, expected integer.
fn main() {
    let n = 5;
    let x = 'a: {
        if n > 1 {
            break 'a 1;
        }
    };
    println!("{}", x);
}
// error: E0308 at 5:9
