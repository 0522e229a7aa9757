// Returning impl Fn that captures a reference parameter by move, with the lifetime named in the result.
fn scaler<'a>(factor: &'a i32) -> impl Fn(i32) -> i32 + 'a {
    move |x| x * *factor
}

fn main() {
    let f = 3;
    let s = scaler(&f);
    println!("{} {}", s(2), s(5));
}
// expect: 6 15
