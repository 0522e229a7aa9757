// `break` outside of a loop is error E0268.
fn main() {
    let x = 3;
    if x > 2 {
        break;
    }
    println!("{}", x);
}
// error: E0268 at 5:9
