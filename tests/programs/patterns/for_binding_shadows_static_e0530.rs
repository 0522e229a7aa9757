// A `for` loop's pattern naming a static cannot bind it: E0530 ("for bindings cannot shadow statics") at the name.
static STEP: i32 = 1;

fn main() {
    for STEP in 0..3 {
        println!("{}", STEP);
    }
}
// error: E0530 at 5:9
