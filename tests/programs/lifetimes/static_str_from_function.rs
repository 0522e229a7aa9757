// A function returning `&'static str` hands out literals that outlive every local.
fn weekday(n: u32) -> &'static str {
    match n % 7 {
        0 => "Sunday",
        1 => "Monday",
        2 => "Tuesday",
        3 => "Wednesday",
        4 => "Thursday",
        5 => "Friday",
        _ => "Saturday",
    }
}

fn main() {
    let s: &'static str = "I have a static lifetime.";
    let day;
    {
        let n = 3;
        day = weekday(n);
    }
    println!("{} {}", s, day);
}
// expect: I have a static lifetime. Wednesday
