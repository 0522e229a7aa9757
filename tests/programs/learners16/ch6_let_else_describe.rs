// let-else returning early when an Option is None, as in the book's describe_state_quarter.
fn first_even(v: &[i32]) -> String {
    let Some(e) = v.iter().find(|x| *x % 2 == 0) else {
        return String::from("no even number");
    };
    format!("first even is {}", e)
}

fn main() {
    println!("{}", first_even(&[1, 3, 8, 5]));
    println!("{}", first_even(&[1, 3]));
}
// expect: first even is 8
// expect: no even number
