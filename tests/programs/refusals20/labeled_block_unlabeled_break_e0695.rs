// An unlabeled `break` inside a labeled block inside a loop is E0695: it must name the block or the loop.
fn main() {
    let mut n = 0;
    loop {
        'inner: {
            n += 1;
            if n > 2 {
                break;
            }
        }
    }
    println!("{}", n);
}
// error: E0695 at 8:17
