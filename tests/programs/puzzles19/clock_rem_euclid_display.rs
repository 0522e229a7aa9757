// Exercism's Clock: minutes normalised with rem_euclid into a day; Display with {:02}; PartialEq derived.
use std::fmt;

#[derive(Debug, PartialEq)]
struct Clock {
    minutes: i32,
}

impl Clock {
    fn new(hours: i32, minutes: i32) -> Self {
        Clock { minutes: (hours * 60 + minutes).rem_euclid(24 * 60) }
    }

    fn add_minutes(&self, m: i32) -> Self {
        Clock::new(0, self.minutes + m)
    }
}

impl fmt::Display for Clock {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "{:02}:{:02}", self.minutes / 60, self.minutes % 60)
    }
}

fn main() {
    println!("{}", Clock::new(8, 0));
    println!("{}", Clock::new(25, 160));
    println!("{}", Clock::new(-1, -40));
    println!("{}", Clock::new(10, 0).add_minutes(-3000));
    println!("{}", Clock::new(15, 37) == Clock::new(-9, 37));
}
// expect: 08:00
// expect: 03:40
// expect: 22:20
// expect: 08:00
// expect: true
