// Clock (Exercism): minutes normalised with rem_euclid, Display with zero-padded fields, derived PartialEq comparing normalised clocks.
use std::fmt;

#[derive(Debug, PartialEq, Eq, Clone, Copy)]
struct Clock {
    minutes: i32,
}

impl Clock {
    fn new(hours: i32, minutes: i32) -> Self {
        Clock { minutes: (hours * 60 + minutes).rem_euclid(24 * 60) }
    }
    fn add_minutes(&self, minutes: i32) -> Self {
        Clock::new(0, self.minutes + minutes)
    }
}

impl fmt::Display for Clock {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "{:02}:{:02}", self.minutes / 60, self.minutes % 60)
    }
}

fn main() {
    let c = Clock::new(10, 37);
    println!("{} {} {}", c, c.add_minutes(-40), c.add_minutes(3000));
    println!("{}", Clock::new(-25, -160));
    println!("{:?} {}", Clock::new(24, 0), Clock::new(24, 0) == Clock::new(0, 0));
    let s = c.to_string();
    println!("{} {}", s.len(), s);
}
// expect: 10:37 09:57 12:37
// expect: 20:20
// expect: Clock { minutes: 0 } true
// expect: 5 10:37
