package com.example.library;

class Old {
}
