// A reference used in every iteration of a loop stays borrowed across the loop, so a push in the body is error E0502.
fn main() {
    let mut v = vec![1];
    let first = &v[0];
    for i in 0..3 {
        println!("{}", first);
        v.push(i);
    }
}
// error: E0502 at 7:9
