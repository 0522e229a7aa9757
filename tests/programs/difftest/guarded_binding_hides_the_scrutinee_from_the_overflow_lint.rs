// A match arm binding the scrutinee under a guard (`x if x > 50`) binds it by reference while the guard runs, so rustc's overflow lint no longer knows the local anywhere: `n + n` is not a compile error but a panic (difftest seed 2807009041).
fn main() {
    let n: i8 = 100;
    match n {
        x if x > 50 => println!("big {}", x),
        _ => println!("small"),
    }
    let m: i8 = n + n;
    println!("{}", m);
}
// expect: big 100
// panic: attempt to add with overflow
// panic-at: 8:17
