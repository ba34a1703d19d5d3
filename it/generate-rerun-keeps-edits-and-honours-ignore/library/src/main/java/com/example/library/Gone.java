package com.example.library;

class Gone {
}
