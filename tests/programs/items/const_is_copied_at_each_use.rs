// A const has no address: each use is a fresh copy of its value, here a u32 used in arithmetic twice.
const SECONDS_PER_MINUTE: u32 = 60;
const MINUTES_PER_HOUR: u32 = 60;
const SECONDS_PER_HOUR: u32 = SECONDS_PER_MINUTE * MINUTES_PER_HOUR;

fn main() {
    let hours = 3;
    println!("{} seconds in {} hours", hours * SECONDS_PER_HOUR, hours);
    let total = SECONDS_PER_HOUR + SECONDS_PER_MINUTE;
    println!("{}", total);
}
// expect: 10800 seconds in 3 hours
// expect: 3660
