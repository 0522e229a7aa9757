// A for loop over Options with a Some(x) pattern: E0005 refutable pattern in `for` loop binding.
fn main() {
    let v = vec![Some(1), None];
    for Some(x) in v {
        println!("{}", x);
    }
}
// error: E0005 at 4:9
