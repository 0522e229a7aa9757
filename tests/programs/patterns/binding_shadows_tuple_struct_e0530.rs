// A tuple struct's name alone is no pattern for it, nor a binding: E0530.
struct P(i32);

fn main() {
    let x = 3;
    match x {
        P => println!("p"),
    }
    let _ = P(1);
}
// error: E0530 at 7:9
