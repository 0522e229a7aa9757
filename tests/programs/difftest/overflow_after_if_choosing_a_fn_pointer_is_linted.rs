// Campaign seed 2816009241: an `if` choosing a function pointer hid the overflow after it from the lint, so the engine ran a program rustc rejects.
fn flip(x: i32) -> i32 { -x }
fn twice_of(x: i32) -> i32 { x * 2 }
fn main() {
    let mut n7: i8 = 0x3ci8;
    let fp8: fn(i32) -> i32 = if "x1".parse::<i16>().is_err() { flip } else { twice_of };
    let fs: [fn(i32) -> i32; 2] = [fp8, flip];
    println!("{} {} {}", fp8(29), fs[1](15), std::mem::size_of_val(&fs));
    let n9: i8 = (n7 * n7) % 4;
}
// error: lint arithmetic_overflow at 9:18
