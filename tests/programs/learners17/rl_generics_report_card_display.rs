// Rustlings-style: a ReportCard generic over a grade type bounded by Display.
use std::fmt::Display;

struct ReportCard<T: Display> {
    grade: T,
    student_name: String,
    student_age: u8,
}

impl<T: Display> ReportCard<T> {
    fn print(&self) -> String {
        format!("{} ({}) - achieved a grade of {}", &self.student_name, &self.student_age, &self.grade)
    }
}

fn main() {
    let a = ReportCard { grade: 2.1, student_name: "Tom Wriggle".to_string(), student_age: 12 };
    println!("{}", a.print());
    let b = ReportCard { grade: "A+", student_name: "Gary Plotter".to_string(), student_age: 11 };
    println!("{}", b.print());
}
// expect: Tom Wriggle (12) - achieved a grade of 2.1
// expect: Gary Plotter (11) - achieved a grade of A+
