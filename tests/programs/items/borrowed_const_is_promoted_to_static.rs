// A borrowed constant that owns nothing is promoted to the static region, so the reference may outlive any function.
const LIMITS: [u32; 3] = [10, 20, 30];
const DEFAULT_NAME: &str = "guest";

fn limits() -> &'static [u32; 3] {
    &LIMITS
}

fn pick(i: usize) -> &'static u32 {
    &LIMITS[i]
}

fn main() {
    let all = limits();
    let second = pick(1);
    println!("{:?} {} {}", all, second, DEFAULT_NAME);
    let name: &'static str = DEFAULT_NAME;
    println!("{}", name.len());
}
// expect: [10, 20, 30] 20 guest
// expect: 5
