// A pattern's lone name that names a static cannot be a binding: E0530.
static S: i32 = 3;

fn main() {
    let x = 3;
    match x {
        S => println!("s"),
    }
}
// error: E0530 at 7:9
