// A `const` computed from other constants and `static` items read from functions and main.
const SECONDS_PER_MINUTE: u32 = 60;
const THREE_HOURS_IN_SECONDS: u32 = SECONDS_PER_MINUTE * 60 * 3;
static GREETING: &str = "Hello";
static DAYS: [&str; 3] = ["Mon", "Tue", "Wed"];
const LIMITS: (i32, i32) = (-5, 5);

fn clamp(n: i32) -> i32 {
    let (lo, hi) = LIMITS;
    if n < lo { lo } else if n > hi { hi } else { n }
}

fn main() {
    println!("{}", THREE_HOURS_IN_SECONDS);
    println!("{}, world! on {}", GREETING, DAYS[1]);
    for d in DAYS.iter() {
        print!("{} ", d);
    }
    println!();
    println!("{} {} {}", clamp(-9), clamp(2), clamp(99));
}
// expect: 10800
// expect: Hello, world! on Tue
// expect: Mon Tue Wed 
// expect: -5 2 5
