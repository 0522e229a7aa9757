// Tuples and arrays compare element by element, the first difference deciding, and NaN makes every ordering false.
fn main() {
    println!("{} {}", (1, "b") == (1, "b"), (1, "b") == (1, "c"));
    println!("{} {} {}", (1, 9) < (2, 0), (2, 0) < (1, 9), (1, 2, 3) <= (1, 2, 3));
    let s = (String::from("x"), 5);
    println!("{}", s == (String::from("x"), 5));
    println!("{}", s > (String::from("x"), 4));
    println!("{} {}", [1, 2, 3] == [1, 2, 3], [1, 2, 3] < [1, 3, 0]);
    let zero = 0.0;
    let nan: f64 = zero / zero;
    println!("{} {} {}", (nan, 1) == (nan, 1), (1.0, nan) < (2.0, 0.0), (nan, 1) < (0.0, 2));
    println!("{} {}", [nan] != [nan], Some(nan) >= Some(nan));
    println!("{}", ((), 'a') < ((), 'b'));
}
// expect: true false
// expect: true false true
// expect: true
// expect: true
// expect: true true
// expect: false true false
// expect: true false
// expect: true
