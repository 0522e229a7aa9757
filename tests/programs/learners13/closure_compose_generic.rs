// A generic compose(f, g) returning impl Fn, chained three times, and closures passed to a generic apply.
fn compose<A, B, C>(f: impl Fn(A) -> B, g: impl Fn(B) -> C) -> impl Fn(A) -> C {
    move |x| g(f(x))
}

fn apply<F>(f: F, values: &[i32]) -> Vec<i32>
where
    F: Fn(i32) -> i32,
{
    values.iter().map(|&v| f(v)).collect()
}

fn main() {
    let inc = |x: i32| x + 1;
    let dbl = |x: i32| x * 2;
    let inc_then_dbl = compose(inc, dbl);
    println!("{}", inc_then_dbl(5));
    let to_text = compose(inc_then_dbl, |x: i32| format!("<{}>", x));
    println!("{}", to_text(1));
    println!("{:?}", apply(dbl, &[1, 2, 3]));
    println!("{:?}", apply(|x| x * x - 1, &[0, 4]));
}
// expect: 12
// expect: <4>
// expect: [2, 4, 6]
// expect: [-1, 15]
// unsupported: `impl Trait` as the result of a generic function or a trait's method at 2:64
