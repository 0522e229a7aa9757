// `static mut` (written only inside `unsafe`) is "not supported yet" at the item, never a misleading error about the rest of the program.
static mut COUNTER: u32 = 0;

fn add_to_count(inc: u32) {
    unsafe {
        COUNTER += inc;
    }
}

fn main() {
    add_to_count(3);
    unsafe {
        println!("COUNTER: {}", *&raw const COUNTER);
    }
}
// expect: COUNTER: 3
// unsupported: `static mut`
