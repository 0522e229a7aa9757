// bool::then_some and bool::then make an Option: Some when true, None when false; then's closure runs only when true.
fn half_if_even(n: i32) -> Option<i32> {
    (n % 2 == 0).then(|| n / 2)
}

fn main() {
    let ages = [12, 19, 30, 7];
    for age in ages {
        let adult = (age >= 18).then_some(age);
        println!("{} -> {:?}", age, adult);
    }
    println!("{:?} {:?}", half_if_even(10), half_if_even(7));
    let mut calls = 0;
    let a = false.then(|| { calls += 1; calls });
    let b = true.then(|| { calls += 1; calls });
    println!("{:?} {:?} calls={}", a, b, calls);
}
// expect: 12 -> None
// expect: 19 -> Some(19)
// expect: 30 -> Some(30)
// expect: 7 -> None
// expect: Some(5) None
// expect: None Some(1) calls=1
