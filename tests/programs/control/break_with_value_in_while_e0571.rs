// `break` with a value inside a `while` loop is error E0571: only `loop` gives one.
fn main() {
    let mut i = 0;
    let found = while i < 10 {
        if i * i > 20 {
            break i;
        }
        i += 1;
    };
    println!("{:?}", found);
}
// error: E0571 at 6:13
