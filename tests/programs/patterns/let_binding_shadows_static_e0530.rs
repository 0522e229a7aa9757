// A `let` whose lone name is a static's cannot bind it: E0530 ("let bindings cannot shadow statics") at the name.
static LIMIT: i32 = 3;

fn main() {
    let LIMIT = 5;
    println!("{}", LIMIT);
}
// error: E0530 at 5:9
