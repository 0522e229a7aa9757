// Exercism-style: a Clock normalised with rem_euclid, shown with Display as HH:MM, compared with derived PartialEq.
use std::fmt;

#[derive(Debug, PartialEq, Eq)]
struct Clock {
    minutes: i32,
}

const DAY: i32 = 24 * 60;

impl Clock {
    fn new(hours: i32, minutes: i32) -> Self {
        Clock { minutes: (hours * 60 + minutes).rem_euclid(DAY) }
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
    println!("{}", Clock::new(8, 0));
    println!("{}", Clock::new(25, 160));
    println!("{}", Clock::new(-1, -40));
    println!("{}", Clock::new(10, 3).add_minutes(-70));
    println!("{}", Clock::new(23, 59).add_minutes(2).to_string());
    println!("{}", Clock::new(15, 37) == Clock::new(-9, 37));
    println!("{:?}", Clock::new(0, 1441));
}
// expect: 08:00
// expect: 03:40
// expect: 22:20
// expect: 08:53
// expect: 00:01
// expect: true
// expect: Clock { minutes: 1 }
