// Tuple-struct patterns destructure newtypes in `let` and in function parameters.
struct Meters(f64);
struct Pair(i32, i32);

fn add(Meters(a): Meters, Meters(b): Meters) -> Meters {
    Meters(a + b)
}

fn swap(&Pair(a, b): &Pair) -> Pair {
    Pair(b, a)
}

fn main() {
    let Meters(total) = add(Meters(1.5), Meters(2.25));
    println!("{}", total);
    let p = Pair(1, 2);
    let Pair(x, y) = swap(&p);
    println!("{} {} then {} {}", p.0, p.1, x, y);
}
// expect: 3.75
// expect: 1 2 then 2 1
