// A `match` on a bool needs both `true` and `false` arms.
fn main() {
    let raining = false;
    let advice = match raining {
        true => "take an umbrella",
        false => "leave it at home",
    };
    println!("{}", advice);
}
// expect: leave it at home
