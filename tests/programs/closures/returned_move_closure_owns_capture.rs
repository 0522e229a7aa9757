// With `move` the returned closure owns its copy of the parameter, so it may outlive the call.
fn add_to(y: i32) -> impl Fn(i32) -> i32 {
    move |x| x + y
}

fn main() {
    let add1 = add_to(1);
    println!("{} {}", add1(2), std::mem::size_of_val(&add1));
}
// expect: 3 4
